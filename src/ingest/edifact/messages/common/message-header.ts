/**
 * The message header every mapper reads first: directory (from UNH), document code, number and
 * function (BGM 1001, 1004, 1225). Function 9 is an original, 5 a replacement, 1 a cancellation;
 * any other code is reported and the message is treated as an original.
 */
import { diagnostic } from '../../../../core/diagnostic.ts';
import type { FilingFunction } from '../../../../core/cargo/index.ts';
import type { Sink } from './field-readers.ts';
import { diagnosticIn, positionIn, type MessageContext } from './message-context.ts';

/** Directories whose message structures the mappers were written against. */
export const SUPPORTED_DIRECTORIES = ['D95B', 'D96A', 'D00B'] as const;
export type SupportedDirectory = (typeof SUPPORTED_DIRECTORIES)[number];

export interface MessageHeader {
  readonly directory: string;
  readonly documentCode?: string;
  readonly documentNumber: string;
  readonly function: FilingFunction;
}

const FUNCTION_OF: Readonly<Record<string, FilingFunction>> = {
  '9': 'original',
  '5': 'replace',
  '1': 'cancel',
};

export function filingFunctionOf(code: string | undefined): FilingFunction | undefined {
  return code === undefined ? undefined : FUNCTION_OF[code];
}

export function filingFunctionCode(f: FilingFunction): string {
  switch (f) {
    case 'original':
      return '9';
    case 'replace':
      return '5';
    case 'cancel':
      return '1';
  }
}

function checkDirectory(ctx: MessageContext, directory: string, sink: Sink): void {
  if ((SUPPORTED_DIRECTORIES as readonly string[]).includes(directory)) return;
  const t = ctx.table;
  sink.push(
    diagnostic(
      'edifact.directory-unsupported',
      `${ctx.message.type} directory ${directory} is not one of ${SUPPORTED_DIRECTORIES.join(', ')}; mapped as the nearest one, check the result.`,
      t.count > 0 ? positionIn(ctx, t, 0, 2, 3) : undefined,
      'warning',
      { type: ctx.message.type, directory, supported: SUPPORTED_DIRECTORIES.join(', ') },
    ),
  );
}

export function readHeader(ctx: MessageContext, sink: Sink): MessageHeader {
  const directory = `${ctx.message.version}${ctx.message.release}`.toUpperCase();
  checkDirectory(ctx, directory, sink);
  const t = ctx.table;
  const bgm = t.find(0, t.count, 'BGM');
  if (bgm < 0) {
    const message = `${ctx.message.type} message has no BGM segment.`;
    sink.push(diagnostic('bgm.missing', message, undefined, 'error', { type: ctx.message.type }));
    return { directory, documentNumber: '', function: 'original' };
  }
  const code = t.value(bgm, 3);
  const fn = filingFunctionOf(code);
  if (fn === undefined) {
    sink.push(
      code === undefined
        ? diagnosticIn(
            ctx,
            t,
            bgm,
            { element: 3 },
            'bgm.function-missing',
            'BGM has no message function (1225); treated as an original (9).',
            'warning',
          )
        : diagnosticIn(
            ctx,
            t,
            bgm,
            { element: 3 },
            'bgm.function-unsupported',
            `BGM message function "${code}" is not 9 (original), 5 (replace) or 1 (cancel); treated as an original.`,
            'error',
            { value: code },
          ),
    );
  }
  const documentCode = t.value(bgm, 1);
  return {
    directory,
    documentNumber: t.value(bgm, 2) ?? '',
    function: fn ?? 'original',
    ...(documentCode === undefined ? {} : { documentCode }),
  };
}
