import { IsISO8601, Matches } from 'class-validator';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date written as YYYY-MM-DD (and a real one: no 30 February). */
export function IsDateOnly(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    IsISO8601({ strict: true, strictSeparator: true })(target, propertyName);
    Matches(DATE_ONLY)(target, propertyName);
  };
}
