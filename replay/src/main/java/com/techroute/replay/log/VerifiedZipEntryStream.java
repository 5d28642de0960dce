package com.techroute.replay.log;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;

/**
 * Checks the CRC-32 and size of a zip entry when its stream ends. {@link java.util.zip.ZipFile}
 * does not, so damaged compressed data can end the stream early without an error, and rows would
 * go missing without a trace.
 */
final class VerifiedZipEntryStream extends FilterInputStream {

    private final ZipEntry entry;
    private final CRC32 crc = new CRC32();
    private long size;
    private boolean verified;

    VerifiedZipEntryStream(InputStream in, ZipEntry entry) {
        super(in);
        this.entry = entry;
    }

    @Override
    public int read() throws IOException {
        int value = super.read();
        if (value < 0) {
            verify();
        } else {
            crc.update(value);
            size++;
        }
        return value;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int count = super.read(buffer, offset, length);
        if (count < 0) {
            verify();
        } else {
            crc.update(buffer, offset, count);
            size += count;
        }
        return count;
    }

    @Override
    public long skip(long count) throws IOException {
        throw new IOException("Skipping is not supported, because every byte must enter the CRC-32 check.");
    }

    private void verify() throws ZipException {
        if (verified) {
            return;
        }
        verified = true;
        if (entry.getSize() >= 0 && entry.getSize() != size) {
            throw new ZipException("zip entry (" + entry.getName() + ") ended after " + size + " bytes instead of "
                    + entry.getSize() + ", so its compressed data is damaged");
        }
        if (entry.getCrc() >= 0 && entry.getCrc() != crc.getValue()) {
            throw new ZipException("zip entry (" + entry.getName() + ") has CRC-32 " + Long.toHexString(crc.getValue())
                    + " instead of " + Long.toHexString(entry.getCrc()) + ", so its compressed data is damaged");
        }
    }
}
