#pragma once
// Terminal: the one façade the GUI and the CLI use. It owns the store writer and a reader
// connection for its own thread, validates commands at the boundary, writes through the
// writer thread and announces changes once they are durable.

#include "api/DataDirectory.h"
#include "api/SystemInfo.h"
#include "api/WalletInfo.h"
#include "domain/Clock.h"
#include "domain/Result.h"

#include <QObject>

#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace slip::store {
class Database;
class StoreWriter;
struct WriteOp;
} // namespace slip::store

namespace slip::api {

class Terminal : public QObject
{
    Q_OBJECT
public:
    explicit Terminal(const Clock& clock, QObject* parent = nullptr);
    ~Terminal() override;

    /// Opens the profile's database (migrating it) and loads the read models.
    Status open(const DataDirectory& dir);
    /// Waits for pending writes and closes the database.
    void close();
    const DataDirectory& dataDirectory() const { return dir_; }

    /// Followed wallets in the order they were added.
    const std::vector<WalletInfo>& wallets() const { return wallets_; }
    /// Validates and follows a wallet; the change is announced by walletsChanged() once stored.
    Result<WalletInfo> addWallet(const QString& addressText, const QString& label);
    /// Renames a followed wallet.
    Status setWalletLabel(const QString& address, const QString& label);
    /// Enables or disables copying of a followed wallet.
    Status setWalletEnabled(const QString& address, bool enabled);
    /// Stops following a wallet (its history stays in the database).
    Status removeWallet(const QString& address);

    /// Database and writer figures, read now.
    SystemInfo systemInfo();
    /// Blocks until every write issued so far is durable (CLI and tests).
    bool flush(int timeoutMs = 30000);

Q_SIGNALS:
    /// The followed-wallet list changed (after the change is durable).
    void walletsChanged();
    /// A write failed; nothing of it was stored. The message is for the operator.
    void operationFailed(const QString& message);

private:
    const WalletInfo* findWallet(const QString& address) const;
    void submit(std::vector<store::WriteOp> ops, std::function<void()> onCommitted);
    void audit(const QString& action, const QString& detailsJson, std::vector<store::WriteOp>& ops);

    const Clock& clock_;
    DataDirectory dir_;
    std::unique_ptr<store::StoreWriter> writer_;
    std::unique_ptr<store::Database> reader_;
    std::vector<WalletInfo> wallets_;
    std::map<quint64, std::function<void()>> pendingCommits_;
};

} // namespace slip::api
