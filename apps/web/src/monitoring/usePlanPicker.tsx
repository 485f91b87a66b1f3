import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { MonitoringPlansDocument } from './monitoring.operations';

/**
 * The approved action plans of the area (the monitored ones), newest first, and the one picked in
 * the address (`?plan=<id>`, so a link or a reload keeps it); when none is picked, the newest plan
 * whose year has begun (a plan approved for a later year has nothing to report yet), else the newest.
 */
export function usePlanPicker() {
  const { t } = useTranslation('monitoring');
  const [params, setParams] = useSearchParams();
  const { data, loading, error } = useQuery(MonitoringPlansDocument);
  const plans = data?.monitoringPlans ?? [];
  const thisYear = new Date().getFullYear();
  const picked = plans.find((plan) => plan.id === params.get('plan')) ?? plans.find((plan) => plan.year <= thisYear) ?? plans[0] ?? null;
  const picker = (
    <Select
      label={t('planPicker')}
      data={plans.map((plan) => ({ value: plan.id, label: `${plan.year} – ${plan.title}` }))}
      value={picked?.id ?? null}
      allowDeselect={false}
      onChange={(value) => {
        if (!value) return;
        const next = new URLSearchParams(params);
        next.set('plan', value);
        setParams(next, { replace: true });
      }}
      maw={560}
    />
  );
  return { plans, picked, loading, error, picker };
}
