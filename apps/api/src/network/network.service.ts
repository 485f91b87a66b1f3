import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PLANNED_STATES } from '../intentions/intention.enums';
import { CapacityUnit, SERVICE_TYPES, ServiceType, TargetGroup } from '../services/service-catalogue';
import { ServiceNetwork, ServiceNetworkArgs } from './network.types';

interface NetworkRow {
  /** 'row' (type × target group × unit), 'type' (type × unit) or 'total' (unit). */
  level: 'row' | 'type' | 'total';
  type: ServiceType | null;
  target_group: TargetGroup | null;
  unit: CapacityUnit;
  services: number;
  current: number;
  delta: number;
  intentions: number;
}

/**
 * The network in one statement. `facts` holds one line per registered service (its capacity) and
 * one per intention in a planned state (the change it asks for: a new service its proposed
 * capacity, a termination minus the service's registered capacity, any other kind proposed −
 * current of the intention). A new service takes the type and target groups it names; the other
 * kinds those of their registered service. Rows spread each fact over its target groups (a
 * service for seniors and people with disabilities counts in both rows); the sums per type and
 * the totals count each fact once per unit. The filters keep services (and intentions) of the type / for the target group,
 * and the rows of that target group only.
 */
const NETWORK_SQL = `
WITH facts AS (
  SELECT s.type, s.target_groups, s.capacity_unit AS unit, 1 AS services, s.capacity AS current, 0 AS delta, 0 AS intentions
    FROM social_services s
   WHERE s.area_id = $1
  UNION ALL
  SELECT COALESCE(sv.type, i.new_service_type),
         CASE WHEN i.kind = 'NEW_SERVICE' THEN i.new_service_target_groups ELSE sv.target_groups END,
         i.capacity_unit, 0, 0,
         CASE i.kind WHEN 'NEW_SERVICE' THEN i.proposed_capacity
                     WHEN 'TERMINATION' THEN -sv.capacity
                     ELSE i.proposed_capacity - i.current_capacity END,
         1
    FROM development_intentions i LEFT JOIN social_services sv ON sv.id = i.service_id
   WHERE i.area_id = $1 AND i.state = ANY($4::intention_state[])
),
f AS (
  SELECT * FROM facts
   WHERE ($2::service_type IS NULL OR type = $2::service_type)
     AND ($3::target_group IS NULL OR $3::target_group = ANY(target_groups))
)
SELECT 'row' AS level, f.type, tg.target_group, f.unit,
       SUM(f.services)::int AS services, SUM(f.current)::int AS current, SUM(f.delta)::int AS delta, SUM(f.intentions)::int AS intentions
  FROM f CROSS JOIN LATERAL unnest(f.target_groups) AS tg(target_group)
 WHERE $3::target_group IS NULL OR tg.target_group = $3::target_group
 GROUP BY f.type, tg.target_group, f.unit
UNION ALL
SELECT 'type', f.type, NULL, f.unit, SUM(f.services)::int, SUM(f.current)::int, SUM(f.delta)::int, SUM(f.intentions)::int
  FROM f
 GROUP BY f.type, f.unit
UNION ALL
SELECT 'total', NULL, NULL, f.unit, SUM(f.services)::int, SUM(f.current)::int, SUM(f.delta)::int, SUM(f.intentions)::int
  FROM f
 GROUP BY f.unit`;

/**
 * Capacity with the planned changes, never below zero: two intentions may each lower the same
 * service (or one terminates it while another lowers it), yet a network cannot have less than
 * nothing. The change shown is then what really remains to be removed.
 */
export function plannedCapacity(current: number, delta: number): { proposed: number; change: number } {
  const proposed = Math.max(0, current + delta);
  return { proposed, change: proposed - current };
}

const TYPE_ORDER = Object.keys(SERVICE_TYPES) as ServiceType[];
const GROUP_ORDER = Object.values(TargetGroup);
const UNIT_ORDER = Object.values(CapacityUnit);

/** The area's service network: registered capacity beside the capacity planned by intentions. */
@Injectable()
export class NetworkService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async network(areaId: string, args: ServiceNetworkArgs): Promise<ServiceNetwork> {
    const result: NetworkRow[] = await this.db.query(NETWORK_SQL, [areaId, args.serviceType ?? null, args.targetGroup ?? null, PLANNED_STATES]);
    const byUnit = (a: NetworkRow, b: NetworkRow) => UNIT_ORDER.indexOf(a.unit) - UNIT_ORDER.indexOf(b.unit);
    const byType = (a: NetworkRow, b: NetworkRow) => TYPE_ORDER.indexOf(a.type!) - TYPE_ORDER.indexOf(b.type!);
    const rows = result
      .filter((row) => row.level === 'row')
      .sort((a, b) => byType(a, b) || GROUP_ORDER.indexOf(a.target_group!) - GROUP_ORDER.indexOf(b.target_group!) || byUnit(a, b))
      .map((row) => ({
        serviceType: row.type!,
        section: `§${SERVICE_TYPES[row.type!].section}`,
        targetGroup: row.target_group!,
        unit: row.unit,
        services: row.services,
        current: row.current,
        ...plannedCapacity(row.current, row.delta),
        intentions: row.intentions,
      }));
    const types = result
      .filter((row) => row.level === 'type')
      .sort((a, b) => byType(a, b) || byUnit(a, b))
      .map((row) => ({
        serviceType: row.type!,
        section: `§${SERVICE_TYPES[row.type!].section}`,
        unit: row.unit,
        services: row.services,
        current: row.current,
        ...plannedCapacity(row.current, row.delta),
        intentions: row.intentions,
      }));
    const totals = result
      .filter((row) => row.level === 'total')
      .sort(byUnit)
      .map((row) => ({ unit: row.unit, current: row.current, ...plannedCapacity(row.current, row.delta) }));
    return { rows, types, totals };
  }
}
