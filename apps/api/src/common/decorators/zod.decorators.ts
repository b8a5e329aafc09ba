import { applyDecorators, Body, Query } from '@nestjs/common';
import { ApiBody, ApiQuery } from '@nestjs/swagger';
import { z } from 'zod';
import { ZodValidationPipe } from '../pipes/zod-validation.pipe';

type JsonSchema = Record<string, unknown>;

export function toOpenApi(schema: z.ZodType): JsonSchema {
  const json = z.toJSONSchema(schema, {
    target: 'openapi-3.0',
    io: 'input',
    unrepresentable: 'any',
  }) as JsonSchema;
  delete json.$schema;
  return json;
}

/** `@ZodBody(ZCreateThing)`: validates the body and documents it in OpenAPI from the same schema. */
export const ZodBody = (schema: z.ZodType): ParameterDecorator => Body(new ZodValidationPipe(schema));

export const ZodQuery = (schema: z.ZodType): ParameterDecorator => Query(new ZodValidationPipe(schema));

export function ApiZodBody(schema: z.ZodType): MethodDecorator {
  return applyDecorators(ApiBody({ schema: toOpenApi(schema) }));
}

/** Documents each property of an object schema as a query parameter. */
export function ApiZodQuery(schema: z.ZodObject): MethodDecorator {
  const json = toOpenApi(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  const decorators = Object.entries(json.properties ?? {}).map(([name, prop]) =>
    ApiQuery({ name, required: json.required?.includes(name) ?? false, schema: prop }),
  );
  return applyDecorators(...decorators);
}
