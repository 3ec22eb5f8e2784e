#pragma once

// Writing IDX fixtures (MNIST's format) for the data set tests, gzip-compressed or plain.

#include <QByteArray>
#include <QFile>
#include <QString>

#include <zlib.h>

#include <initializer_list>

namespace idxfixture {

inline QByteArray bigEndian32(quint32 v)
{
    QByteArray b(4, 0);
    b[0] = char(v >> 24);
    b[1] = char(v >> 16);
    b[2] = char(v >> 8);
    b[3] = char(v);
    return b;
}

// Magic number, then one 32-bit big-endian size per dimension.
inline QByteArray header(quint32 magic, std::initializer_list<quint32> dims)
{
    QByteArray b = bigEndian32(magic);
    for (quint32 d : dims)
        b += bigEndian32(d);
    return b;
}

inline bool write(const QString &path, const QByteArray &bytes, bool gzip)
{
    if (gzip) {
        gzFile f = gzopen(path.toLocal8Bit().constData(), "wb");
        if (!f)
            return false;
        const int written = gzwrite(f, bytes.constData(), unsigned(bytes.size()));
        return gzclose(f) == Z_OK && written == bytes.size();
    }
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace idxfixture
