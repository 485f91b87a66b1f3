import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';

/** The decorated date must be later than the sibling property `earlier` (e.g. endsAt after startsAt). */
export function IsAfter(earlier: string, options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isAfter',
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [earlier],
      options,
      validator: {
        validate(value: unknown, args: ValidationArguments): boolean {
          const other = (args.object as Record<string, unknown>)[earlier];
          if (!(value instanceof Date) || !(other instanceof Date)) return true;
          return value.getTime() > other.getTime();
        },
      },
    });
  };
}
