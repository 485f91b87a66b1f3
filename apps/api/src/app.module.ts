import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { AccessModule } from './access/access.module';
import { RequestContext } from './access/request-context';
import { AreasModule } from './areas/areas.module';
import { AuthModule } from './auth/auth.module';
import { CONFIGURATION, EnvironmentVariables } from './config/configuration';
import { dataSourceOptions } from './database/data-source';
import { aliasLimitRule, complexityPlugin, depthLimitRule } from './graphql/limits';
import { LoadersService } from './graphql/loaders.service';
import { variableErrorsPlugin } from './graphql/variable-errors.plugin';
import { FEATURE_MODULES } from './features';

export interface AppOptions {
  config: EnvironmentVariables;
  databaseUrl: string;
  /** Where to write the generated schema; the committed copy lives in apps/api/schema.gql. */
  schemaFile?: string;
}

@Module({})
export class AppModule {
  static register({ config, databaseUrl, schemaFile }: AppOptions): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl)),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [LoadersService],
          useFactory: (loaders: LoadersService) => {
            return {
              // The committed copy (apps/api/schema.gql) is written by `nx run api:schema` and checked by a test.
              autoSchemaFile: schemaFile ?? true,
              sortSchema: true,
              path: '/graphql',
              introspection: config.KOMPLAN_DEMO || process.env['NODE_ENV'] !== 'production',
              playground: false,
              includeStacktraceInErrorResponses: false,
              validationRules: [depthLimitRule, aliasLimitRule],
              plugins: [complexityPlugin(), variableErrorsPlugin()],
              context: ({ req, res }: { req: Request; res: Response }): RequestContext => ({
                req,
                res,
                loaders: loaders.create(),
              }),
            };
          },
        }),
        AccessModule,
        AreasModule,
        AuthModule,
        ...FEATURE_MODULES,
      ],
      providers: [{ provide: CONFIGURATION, useValue: config }],
      exports: [CONFIGURATION],
    };
  }
}
