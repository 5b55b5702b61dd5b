// Bytes for the server's standard input that a protocol library would never write: frames with
// bodies that are not JSON-RPC, and headers that are wrong.

/** A frame as the protocol defines it: a Content-Length header (in bytes), a blank line, the body. */
export function frame(body) {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  return Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`, 'ascii'), bytes]);
}

/** A frame whose header block is <headers> as written (lines joined with CR LF), then <body>. */
export function framed(headers, body = '') {
  return Buffer.concat([Buffer.from(`${headers.join('\r\n')}\r\n\r\n`, 'ascii'), Buffer.from(body, 'utf8')]);
}

/** A JSON-RPC message body, serialized. */
export function json(message) {
  return JSON.stringify(message);
}
