#include "crypto/SecureBuffer.h"

#include <openssl/crypto.h>

#include <cstring>
#include <new>
#include <utility>

namespace slip::crypto {

SecureBuffer::SecureBuffer(std::size_t size)
{
    if (size == 0)
        return;
    data_ = new std::uint8_t[size]();
    size_ = size;
}

SecureBuffer SecureBuffer::copyOf(QByteArrayView bytes)
{
    SecureBuffer out(std::size_t(bytes.size()));
    if (!bytes.isEmpty())
        std::memcpy(out.data_, bytes.data(), std::size_t(bytes.size()));
    return out;
}

SecureBuffer::~SecureBuffer()
{
    clear();
}

SecureBuffer::SecureBuffer(SecureBuffer&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0))
{
}

SecureBuffer& SecureBuffer::operator=(SecureBuffer&& other) noexcept
{
    if (this != &other) {
        clear();
        data_ = std::exchange(other.data_, nullptr);
        size_ = std::exchange(other.size_, 0);
    }
    return *this;
}

void SecureBuffer::append(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    SecureBuffer grown(size_ + std::size_t(bytes.size()));
    if (size_ > 0)
        std::memcpy(grown.data_, data_, size_);
    std::memcpy(grown.data_ + size_, bytes.data(), std::size_t(bytes.size()));
    *this = std::move(grown);
}

void SecureBuffer::clear()
{
    if (data_ != nullptr) {
        OPENSSL_cleanse(data_, size_);
        delete[] data_;
    }
    data_ = nullptr;
    size_ = 0;
}

bool SecureBuffer::equals(const SecureBuffer& other) const
{
    if (size_ != other.size_)
        return false;
    if (size_ == 0)
        return true;
    return CRYPTO_memcmp(data_, other.data_, size_) == 0;
}

void SecureBuffer::wipe(QByteArray& bytes)
{
    // A buffer shared with another QByteArray cannot be wiped without corrupting that copy;
    // callers keep secrets in unshared temporaries so this path wipes in practice.
    if (!bytes.isEmpty() && bytes.isDetached())
        OPENSSL_cleanse(bytes.data(), std::size_t(bytes.size()));
    bytes.clear();
}

} // namespace slip::crypto
