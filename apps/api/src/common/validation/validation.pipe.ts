import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validate, ValidationError } from 'class-validator';
import { badInput, DomainException } from '../errors/domain.exception';

const PRIMITIVES: unknown[] = [String, Boolean, Number, Array, Object];

interface FirstFailure {
  path: string;
  constraint: string;
  target: object | undefined;
  property: string;
}

/** The first broken constraint of each invalid field, depth first. */
function failures(errors: ValidationError[], prefix: string): FirstFailure[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const constraint = Object.keys(error.constraints ?? {})[0];
    if (constraint) return [{ path, constraint, target: error.target, property: error.property }];
    return failures(error.children ?? [], path);
  });
}

const firstFailure = (errors: ValidationError[], prefix: string): FirstFailure | undefined => failures(errors, prefix)[0];

/** The numbers and names a decorator was given (e.g. MaxLength(200) → {0: 200}). */
function constraintParams(failure: FirstFailure): Record<string, string | number> {
  if (!failure.target) return {};
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(failure.target.constructor, '', true, false)
    .find((meta) => meta.propertyName === failure.property && (meta.name ?? meta.type) === failure.constraint);
  const params: Record<string, string | number> = {};
  (metadata?.constraints ?? []).forEach((value: unknown, index: number) => {
    if (typeof value === 'string' || typeof value === 'number') params[String(index)] = value;
  });
  return params;
}

/**
 * Every invalid field of an object built from untrusted data (e.g. a row of an imported file), as
 * the BAD_USER_INPUT errors the pipe would throw for it.
 */
export async function validationErrors(instance: object, prefix = ''): Promise<DomainException[]> {
  const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: false });
  return failures(errors, prefix).map((failure) => badInput(failure.path, `validation.${failure.constraint}`, constraintParams(failure)));
}

/**
 * Validates every GraphQL argument with class-validator. The first failure becomes a
 * BAD_USER_INPUT error naming the field by its path (e.g. `input.endsAt`), with a message key
 * `validation.<constraint>` translated by the exception filter.
 */
@Injectable()
export class InputValidationPipe implements PipeTransform {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const type = metadata.metatype;
    if (metadata.type === 'custom' || !type || PRIMITIVES.includes(type) || value === null || value === undefined || typeof value !== 'object') {
      return value;
    }
    const instance = plainToInstance(type, value) as object;
    const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: false });
    const failure = firstFailure(errors, metadata.data ?? '');
    if (failure) {
      throw badInput(failure.path, `validation.${failure.constraint}`, constraintParams(failure));
    }
    return instance;
  }
}
