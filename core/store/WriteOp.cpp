#include "store/WriteOp.h"

namespace slip::store {

QVariant utf8Text(QByteArray bytes)
{
    // Registered once, before the first value exists: QVariant::toString() (and so QSqlQuery's
    // binding, which Qt's SQLite driver does by the value's text) goes through it.
    static const bool registered =
        QMetaType::registerConverter<Utf8Text, QString>([](const Utf8Text& t) { return QString::fromUtf8(t.bytes); });
    Q_UNUSED(registered);
    return QVariant::fromValue(Utf8Text{std::move(bytes)});
}

} // namespace slip::store
