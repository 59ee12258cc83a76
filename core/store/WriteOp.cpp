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

QVariant nameRef(const QString& name)
{
    return QVariant::fromValue(NameRef{name.isNull() ? QStringLiteral("") : name});
}

bool joins(QStringView whole, QChar separator, std::initializer_list<QStringView> parts)
{
    qsizetype at = 0;
    qsizetype left = qsizetype(parts.size());
    for (QStringView part : parts) {
        if (--left > 0 && part.contains(separator))
            return false;
        if (whole.mid(at, part.size()) != part)
            return false;
        at += part.size();
        if (left > 0) {
            if (at >= whole.size() || whole[at] != separator)
                return false;
            ++at;
        }
    }
    return at == whole.size();
}

} // namespace slip::store
