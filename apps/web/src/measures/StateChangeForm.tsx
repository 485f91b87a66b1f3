import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeasureFieldsFragment, MeasureState } from '../gql/graphql';
import { StrategicPlanDocument } from '../strategy/strategy.operations';
import { serverError, type ServerError } from '../ui/errors';
import { MEASURE_STATES } from './MeasureStateBadge';
import { ChangeMeasureStateDocument } from './measures.operations';
import { REASON_REQUIRED } from './measures.schema';

/**
 * Moves the measure to another state. The API holds the one transition table and exposes no
 * list of next states, so every other state is offered and a refused change shows the API's
 * translated reason.
 */
export function StateChangeForm({ measure }: { measure: MeasureFieldsFragment }) {
  const { t } = useTranslation('measures');
  const [state, setState] = useState<MeasureState | ''>('');
  const [reason, setReason] = useState('');
  const [mergedIntoId, setMergedIntoId] = useState('');
  const [failure, setFailure] = useState<ServerError>();
  const [reasonMissing, setReasonMissing] = useState(false);
  const [change, { loading }] = useMutation(ChangeMeasureStateDocument, { refetchQueries: ['StrategicPlan'] });
  const merging = state === 'MERGED';
  const { data: plan } = useQuery(StrategicPlanDocument, { variables: { id: measure.planId }, skip: !merging });
  const needsReason = (REASON_REQUIRED as readonly string[]).includes(state);
  const mergeTargets = (plan?.strategicPlan?.priorities ?? [])
    .flatMap((priority) => priority.goals)
    .flatMap((goal) => goal.measures)
    .filter((other) => other.id !== measure.id);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!state) return;
    setFailure(undefined);
    if (needsReason && !reason.trim()) {
      setReasonMissing(true);
      return;
    }
    setReasonMissing(false);
    try {
      await change({
        variables: { input: { id: measure.id, state, reason: reason.trim() || null, mergedIntoId: merging ? mergedIntoId || null : null } },
      });
      setState('');
      setReason('');
      setMergedIntoId('');
    } catch (error) {
      setFailure(serverError(error));
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw={560}>
        <Text size="sm">{t('stateChange.current', { state: t(`state.${measure.state}`) })}</Text>
        {failure ? (
          <Alert color="red" role="alert">
            {failure.message}
          </Alert>
        ) : null}
        <NativeSelect
          label={t('stateChange.newState')}
          required
          value={state}
          onChange={(event) => setState(event.currentTarget.value as MeasureState | '')}
          data={[
            { value: '', label: t('stateChange.choose') },
            ...MEASURE_STATES.filter((option) => option !== measure.state).map((option) => ({ value: option, label: t(`state.${option}`) })),
          ]}
        />
        {merging ? (
          <NativeSelect
            label={t('stateChange.mergedInto')}
            required
            value={mergedIntoId}
            onChange={(event) => setMergedIntoId(event.currentTarget.value)}
            data={[{ value: '', label: t('stateChange.choose') }, ...mergeTargets.map((other) => ({ value: other.id, label: `${other.number} ${other.title}` }))]}
          />
        ) : null}
        <Textarea
          label={t('stateChange.reason')}
          description={needsReason ? t('stateChange.reasonRequired') : t('stateChange.reasonOptional')}
          required={needsReason}
          autosize
          minRows={2}
          maxRows={6}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={reasonMissing ? t('common:form.required') : undefined}
        />
        <Group>
          <Button type="submit" loading={loading} disabled={!state}>
            {t('stateChange.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
