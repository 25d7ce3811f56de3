/** Test support: a multipart/form-data request carrying one file, for `app.inject`. */
import { randomBytes } from 'node:crypto';

export function multipartUpload(url: string, fileName: string, content: string | Buffer, fieldName = 'file') {
  const boundary = `----traguardo${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${fieldName}"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    url,
    payload: Buffer.concat([head, typeof content === 'string' ? Buffer.from(content) : content, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
