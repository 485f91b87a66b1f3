import { NumberInput } from '@mantine/core';
import { type Control, Controller, type FieldValues, type Path } from 'react-hook-form';

/** A required year field bound to a number value of a react-hook-form form. */
export function YearInput<F extends FieldValues>({ control, name, label, error }: { control: Control<F>; name: Path<F>; label: string; error?: string }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <NumberInput
          label={label}
          required
          min={2000}
          max={2100}
          allowDecimal={false}
          thousandSeparator=""
          value={field.value as number}
          onChange={(value) => field.onChange(typeof value === 'number' ? value : Number.NaN)}
          onBlur={field.onBlur}
          error={error}
        />
      )}
    />
  );
}
