import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * Write a zip archive (as an .xlsx package is) with Node's own zlib: several times faster than a
 * JavaScript deflate on large sheets (an 18 MB sheet part: about 2 s against 7 s here). Reading stays with
 * fflate. No ZIP64: an .xlsx part or package over 4 GB is not something an office has.
 */
export function zipParts(parts: [name: string, data: Uint8Array][], now = new Date()): Uint8Array {
  const time =
    ((now.getHours() & 31) << 11) | ((now.getMinutes() & 63) << 5) | (Math.floor(now.getSeconds() / 2) & 31);
  const date =
    (((now.getFullYear() - 1980) & 127) << 9) | (((now.getMonth() + 1) & 15) << 5) | (now.getDate() & 31);
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, data] of parts) {
    const fileName = Buffer.from(name, 'utf8');
    const packed = data.length > 0 ? deflateRawSync(data, { level: constants.Z_DEFAULT_COMPRESSION }) : data;
    const method = data.length > 0 ? 8 : 0;
    const crc = crc32(data);
    if (offset > 0xffffffff || packed.length > 0xffffffff || data.length > 0xffffffff)
      throw new RangeError('package too large for a zip without ZIP64');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    local.writeUInt16LE(0, 28);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4); // made by (MS-DOS, 2.0)
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(method, 10);
    entry.writeUInt16LE(time, 12);
    entry.writeUInt16LE(date, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(fileName.length, 28);
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, fileName, packed);
    central.push(entry, fileName);
    offset += local.length + fileName.length + packed.length;
  }
  const dirSize = central.reduce((n, c) => n + c.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dirSize, 12);
  end.writeUInt32LE(offset, 16);
  if (parts.length > 0xffff) throw new RangeError('too many parts for a zip without ZIP64');
  return new Uint8Array(Buffer.concat([...chunks, ...central, end]));
}
