import { ValidateIf } from 'class-validator';

/**
 * For update inputs: the field may be left out (unchanged), but not set to null, because the
 * value it changes cannot be empty. Unlike IsOptional, null is validated and refused.
 */
export const IsOptionalNotNull = (): PropertyDecorator => ValidateIf((_object, value) => value !== undefined);
