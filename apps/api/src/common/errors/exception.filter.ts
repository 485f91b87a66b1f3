import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { GqlArgumentsHost, GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { RequestContext } from '../../access/request-context';
import { ViewerService } from '../../access/viewer.service';
import { DEFAULT_LOCALE, fieldLabel, Locale, translate } from '../i18n/translate';
import { DomainException, MessageParams } from './domain.exception';
import { ErrorCode } from './error-code.enum';

const HTTP_STATUS: Record<ErrorCode, number> = {
  [ErrorCode.BAD_USER_INPUT]: HttpStatus.BAD_REQUEST,
  [ErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.CONFLICT]: HttpStatus.CONFLICT,
  [ErrorCode.INTERNAL_SERVER_ERROR]: HttpStatus.INTERNAL_SERVER_ERROR,
};

function fromHttpStatus(status: number): ErrorCode {
  if (status === 401) return ErrorCode.UNAUTHENTICATED;
  if (status === 403) return ErrorCode.FORBIDDEN;
  if (status === 404) return ErrorCode.NOT_FOUND;
  if (status === 409) return ErrorCode.CONFLICT;
  if (status >= 400 && status < 500) return ErrorCode.BAD_USER_INPUT;
  return ErrorCode.INTERNAL_SERVER_ERROR;
}

const isHttpError = (error: unknown): error is Error & { status: number } => {
  const status: unknown = error instanceof Error ? Reflect.get(error, 'status') : undefined;
  return typeof status === 'number' && status >= 400 && status < 500;
};

/**
 * The one place where failures become responses: domain exceptions turn into GraphQL errors with
 * `extensions.code` and `extensions.field` and a message in the requester's language (or into
 * JSON for the few HTTP endpoints). Anything unexpected is logged and reported without details.
 */
@Catch()
export class KomplanExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(private readonly viewers: ViewerService) {}

  catch(exception: unknown, host: ArgumentsHost): GraphQLError | void {
    const isGraphql = host.getType<GqlContextType>() === 'graphql';
    const req: RequestContext['req'] | undefined = isGraphql
      ? GqlArgumentsHost.create(host).getContext<RequestContext>()?.req
      : host.switchToHttp().getRequest<Request>();
    const locale: Locale = req?.komplan?.locale ?? (req ? this.viewers.headerLocale(req) : undefined) ?? DEFAULT_LOCALE;

    let code: ErrorCode;
    let message: string;
    let field: string | undefined;
    let extra: Record<string, unknown> = {};
    if (exception instanceof DomainException) {
      code = exception.code;
      field = exception.field;
      extra = exception.options.extensions ?? {};
      const params: MessageParams = {};
      for (const [name, value] of Object.entries(exception.options.params ?? {})) {
        params[name] = typeof value === 'object' ? translate(locale, value.label) : value;
      }
      if (field) params['field'] = fieldLabel(locale, field);
      message = translate(locale, `errors.${exception.messageKey}`, params);
    } else if (exception instanceof HttpException) {
      code = fromHttpStatus(exception.getStatus());
      message = code === ErrorCode.INTERNAL_SERVER_ERROR ? translate(locale, 'errors.internal') : exception.message;
      if (code === ErrorCode.INTERNAL_SERVER_ERROR) this.logger.error(exception);
    } else if (isHttpError(exception)) {
      // Errors of the HTTP layer (body parser: 413 too large, 400 malformed JSON).
      code = fromHttpStatus(exception.status);
      message = exception.message;
      if (!isGraphql) {
        host.switchToHttp().getResponse<Response>().status(exception.status).json({ code, message });
        return;
      }
    } else if (exception instanceof GraphQLError) {
      return exception;
    } else {
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
      code = ErrorCode.INTERNAL_SERVER_ERROR;
      message = translate(locale, 'errors.internal');
    }

    if (isGraphql) {
      return new GraphQLError(message, { extensions: { ...extra, code, ...(field ? { field } : {}) } });
    }
    const res = host.switchToHttp().getResponse<Response>();
    res.status(HTTP_STATUS[code]).json({ code, message, ...(field ? { field } : {}) });
  }
}
