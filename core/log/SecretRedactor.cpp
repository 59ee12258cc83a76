#include "log/SecretRedactor.h"

#include <QReadWriteLock>

#include <algorithm>
#include <map>
#include <vector>

namespace slip::log {
namespace {

constexpr qsizetype kMinSecretLength = 6;
const std::string kMask = "[REDACTED]";

struct Registry
{
    QReadWriteLock lock;
    // pattern -> number of registrations that produced it (two secrets may share a form)
    std::map<std::string, int> patterns;
    // sorted longest first so a longer form wins over its own prefix
    std::vector<std::string> ordered;
};

Registry& registry()
{
    static Registry r;
    return r;
}

std::vector<std::string> formsOf(const QByteArray& secret)
{
    std::vector<std::string> forms;
    forms.push_back(secret.toStdString());
    const QByteArray hexLower = secret.toHex();
    forms.push_back(hexLower.toStdString());
    forms.push_back(hexLower.toUpper().toStdString());
    forms.push_back(secret.toBase64().toStdString());
    forms.push_back(secret.toBase64(QByteArray::Base64UrlEncoding).toStdString());
    forms.push_back(secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
                        .toStdString());
    // A hex secret given as text: also its raw bytes' other encodings and the 0x-less form.
    QByteArray text = secret;
    if (text.startsWith("0x") || text.startsWith("0X"))
        text = text.mid(2);
    forms.push_back(text.toLower().toStdString());
    forms.push_back(text.toUpper().toStdString());
    std::sort(forms.begin(), forms.end());
    forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
    forms.erase(std::remove_if(forms.begin(), forms.end(),
                               [](const std::string& f) { return qsizetype(f.size()) < kMinSecretLength; }),
                forms.end());
    return forms;
}

void rebuildOrder(Registry& r)
{
    r.ordered.clear();
    for (const auto& [p, n] : r.patterns)
        r.ordered.push_back(p);
    std::stable_sort(r.ordered.begin(), r.ordered.end(),
                     [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
}

} // namespace

bool registerSecret(const QByteArray& secret)
{
    if (secret.size() < kMinSecretLength)
        return false;
    auto& r = registry();
    QWriteLocker locker(&r.lock);
    for (auto& f : formsOf(secret))
        ++r.patterns[f];
    rebuildOrder(r);
    return true;
}

void unregisterSecret(const QByteArray& secret)
{
    auto& r = registry();
    QWriteLocker locker(&r.lock);
    for (auto& f : formsOf(secret)) {
        auto it = r.patterns.find(f);
        if (it != r.patterns.end() && --it->second <= 0)
            r.patterns.erase(it);
    }
    rebuildOrder(r);
}

std::string redact(std::string text)
{
    auto& r = registry();
    QReadLocker locker(&r.lock);
    for (const auto& p : r.ordered) {
        std::size_t pos = 0;
        while ((pos = text.find(p, pos)) != std::string::npos) {
            text.replace(pos, p.size(), kMask);
            pos += kMask.size();
        }
    }
    return text;
}

QString redact(const QString& text)
{
    return QString::fromStdString(redact(text.toStdString()));
}

int registeredSecretCount()
{
    auto& r = registry();
    QReadLocker locker(&r.lock);
    return int(r.patterns.size());
}

} // namespace slip::log
