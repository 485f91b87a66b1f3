import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule, GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import { specifiedRules, validate } from 'graphql';
import type { IncomingMessage } from 'node:http';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { AccessModule } from './access/access.module';
import { RequestContext } from './access/request-context';
import { AreasModule } from './areas/areas.module';
import { AuthModule } from './auth/auth.module';
import { CONFIGURATION, EnvironmentVariables } from './config/configuration';
import { dataSourceOptions } from './database/data-source';
import { aliasLimitRule, complexityPlugin, depthLimitRule } from './graphql/limits';
import { LoadersService } from './graphql/loaders.service';
import { variableErrorsPlugin } from './graphql/variable-errors.plugin';
import { FEATURE_MODULES } from './features';
import { LiveModule } from './live/live.module';
import { sameOrigin, SocketConnectionParams, socketRequest } from './live/socket-context';

export interface AppOptions {
  config: EnvironmentVariables;
  databaseUrl: string;
  /** Where to write the generated schema; the committed copy lives in apps/api/schema.gql. */
  schemaFile?: string;
}

/** What the context function gets for an HTTP request. */
interface HttpContext {
  req: Request;
  res: Response;
}

/** What it gets for an operation on a graphql-ws socket. */
interface SocketContext {
  extra: { request: IncomingMessage };
  connectionParams?: SocketConnectionParams;
}

@Module({})
export class AppModule {
  static register({ config, databaseUrl, schemaFile }: AppOptions): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl)),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [LoadersService],
          useFactory: (loaders: LoadersService) => {
            return {
              // The committed copy (apps/api/schema.gql) is written by `nx run api:schema` and checked by a test.
              autoSchemaFile: schemaFile ?? true,
              sortSchema: true,
              path: '/graphql',
              introspection: config.KOMPLAN_DEMO || process.env['NODE_ENV'] !== 'production',
              playground: false,
              includeStacktraceInErrorResponses: false,
              validationRules: [depthLimitRule, aliasLimitRule],
              plugins: [complexityPlugin(), variableErrorsPlugin()],
              // Live updates (comments, votes) over graphql-ws on the same path; the socket's opening
              // request carries the session cookie, its connection parameters the area and language.
              subscriptions: {
                'graphql-ws': {
                  path: '/graphql',
                  onConnect: ({ extra }: { extra: unknown }) => sameOrigin((extra as SocketContext['extra']).request, config.PUBLIC_URL),
                  // Nest passes every graphql-ws server option through, though its type names only some:
                  // subscriptions get the same depth and alias limits as queries.
                  validate: (schema: Parameters<typeof validate>[0], document: Parameters<typeof validate>[1]) =>
                    validate(schema, document, [...specifiedRules, depthLimitRule, aliasLimitRule]),
                } as GraphQLWsSubscriptionsConfig,
              },
              context: (context: HttpContext | SocketContext): RequestContext =>
                !('extra' in context)
                  ? { req: context.req, res: context.res, loaders: loaders.create() }
                  : {
                      req: socketRequest(context.extra.request, context.connectionParams),
                      res: undefined as unknown as Response,
                      loaders: loaders.create(),
                    },
            };
          },
        }),
        AccessModule,
        LiveModule,
        AreasModule,
        AuthModule,
        ...FEATURE_MODULES,
      ],
      providers: [{ provide: CONFIGURATION, useValue: config }],
      exports: [CONFIGURATION],
    };
  }
}
