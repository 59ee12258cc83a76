#pragma once
// SecureBuffer: a move-only byte buffer for secret material that is wiped (OPENSSL_cleanse)
// whenever it is released, so plaintext keys never linger in freed heap memory.

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <cstdint>

namespace slip::crypto {

class SecureBuffer
{
public:
    SecureBuffer() = default;
    /// A zero-filled buffer of the given size.
    explicit SecureBuffer(std::size_t size);
    /// A copy of the given bytes (the caller remains responsible for wiping its source).
    static SecureBuffer copyOf(QByteArrayView bytes);
    ~SecureBuffer();

    SecureBuffer(SecureBuffer&& other) noexcept;
    SecureBuffer& operator=(SecureBuffer&& other) noexcept;
    SecureBuffer(const SecureBuffer&) = delete;
    SecureBuffer& operator=(const SecureBuffer&) = delete;

    /// Raw access for cryptographic primitives.
    std::uint8_t* data() { return data_; }
    /// Raw read access.
    const std::uint8_t* data() const { return data_; }
    /// Number of bytes held.
    std::size_t size() const { return size_; }
    /// True when no bytes are held.
    bool isEmpty() const { return size_ == 0; }
    /// A view of the bytes; valid while this buffer lives and is not changed.
    QByteArrayView view() const { return QByteArrayView(data_, qsizetype(size_)); }
    /// Appends bytes, reallocating through a wiped copy.
    void append(QByteArrayView bytes);
    /// Wipes and frees the bytes.
    void clear();
    /// Constant-time comparison of contents.
    bool equals(const SecureBuffer& other) const;

    /// Wipes a QByteArray in place (for temporaries that had to pass through Qt types).
    static void wipe(QByteArray& bytes);

private:
    std::uint8_t* data_ = nullptr;
    std::size_t size_ = 0;
};

} // namespace slip::crypto
