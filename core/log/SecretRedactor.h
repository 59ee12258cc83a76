#pragma once
// SecretRedactor: the process-wide list of secret strings (private keys, API secrets,
// passphrases) that must never appear in a log line. Every sink sees text only after
// redact(); the keystore registers material when it unlocks and removes it when it locks.

#include <QByteArray>
#include <QString>

#include <string>

namespace slip::log {

/// Registers a secret. Its hex (both cases, with and without 0x), base64 and base64url forms
/// are registered too when it is binary. Secrets shorter than 6 characters are refused (they
/// would redact ordinary words) and the function returns false.
bool registerSecret(const QByteArray& secret);
/// Removes a secret and its derived forms.
void unregisterSecret(const QByteArray& secret);
/// Replaces every registered secret in text with "[REDACTED]".
std::string redact(std::string text);
QString redact(const QString& text);
/// Number of registered patterns (for tests and the System panel).
int registeredSecretCount();

} // namespace slip::log
