// fazhi-report/input: bytes of a scraped page → the text parseReport reads. Browser-safe: no Node
// built-ins, only TextDecoder and htmlparser2.
export { binaryReason } from './binary.js';
export { encodingForLabel, type EncodingName } from './data/encodingLabels.js';
export { DecodeError, decodeBytes, type DecodeOptions, type Decoded, type EncodingSource } from './decode.js';
export { htmlToText } from './html.js';
