import { useMutation } from '@apollo/client/react';
import { Alert } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../ui/ConfirmButton';
import { serverError } from '../ui/errors';
import { ErasePersonDocument } from './privacy.operations';

/**
 * For the people admin: a coordinator erases the personal data of a person without an account
 * (somebody with an account does it themselves on "Moje údaje"). Asks first.
 */
export function ErasePersonButton({ person }: { person: { id: string; fullName: string } }) {
  const { t } = useTranslation('privacy');
  const [failure, setFailure] = useState<string>();
  const [erase, { loading }] = useMutation(ErasePersonDocument);
  return (
    <>
      <ConfirmButton
        variant="outline"
        color="red.9"
        loading={loading}
        question={t('person.eraseQuestion', { name: person.fullName })}
        details={t('person.eraseConfirm')}
        confirmLabel={t('person.erase')}
        onConfirm={async () => {
          setFailure(undefined);
          try {
            await erase({ variables: { input: { personId: person.id } } });
          } catch (error) {
            setFailure(serverError(error)?.message ?? String(error));
          }
        }}
      >
        {t('person.erase')}
      </ConfirmButton>
      {failure ? (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      ) : null}
    </>
  );
}
