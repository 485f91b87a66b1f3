import { Paginated } from '../../common/pagination';
import { FundedProjectEntity } from '../funded-project.entity';

export const FundedProjectPage = Paginated(FundedProjectEntity, 'FundedProjectPage');
