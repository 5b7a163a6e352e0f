/** Acknowledgements of received EDIFACT: CONTRL (syntax) and APERAK (application errors). */
export { writeContrl, contrlMessage, CONTRL_ACTIONS, type ContrlInput } from './contrl-writer.ts';
export {
  writeAperak,
  aperakMessage,
  APERAK_FUNCTIONS,
  type AperakOptions,
  type AperakSubject,
} from './aperak-writer.ts';
export { syntaxErrorCode, SYNTAX_ERRORS } from './syntax-error-code.ts';
