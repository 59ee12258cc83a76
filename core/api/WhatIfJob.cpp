#include "api/WhatIfJob.h"

#include <QMetaObject>

namespace slip::api {

WhatIfJob::WhatIfJob(QObject* parent) : QObject(parent) {}

WhatIfJob::~WhatIfJob()
{
    if (cancel_)
        cancel_->store(true);
    if (thread_.joinable())
        thread_.join();
}

bool WhatIfJob::start(const QStringList& files, const EngineConfig& current, const EngineConfig& candidate,
                      std::int64_t windowMs)
{
    if (running_)
        return false;
    if (thread_.joinable())
        thread_.join();
    running_ = true;
    cancel_ = std::make_shared<std::atomic_bool>(false);
    lastProgress_ = std::make_shared<std::atomic_int>(-1);
    auto cancel = cancel_;
    auto last = lastProgress_;
    thread_ = std::thread([files, current, candidate, windowMs, cancel, last, this] {
        auto progress = [this, last](int permille) {
            // Posted only when it moves, so a long run sends at most ~1000 events.
            if (last->exchange(permille) == permille)
                return;
            QMetaObject::invokeMethod(this, [this, permille] { Q_EMIT progressChanged(permille); },
                                      Qt::QueuedConnection);
        };
        auto result = WhatIfReplay::compare(files, current, candidate, windowMs, cancel.get(), progress);
        const bool wasCancelled = cancel->load();
        // Queued to the job's thread; dropped by Qt if the job is gone by then.
        QMetaObject::invokeMethod(
            this, [this, r = std::move(result), wasCancelled]() mutable { done(std::move(r), wasCancelled); },
            Qt::QueuedConnection);
    });
    return true;
}

void WhatIfJob::cancel()
{
    if (cancel_)
        cancel_->store(true);
}

void WhatIfJob::done(Result<WhatIfResult> result, bool wasCancelled)
{
    if (thread_.joinable())
        thread_.join();
    running_ = false;
    if (wasCancelled) {
        Q_EMIT cancelled();
        return;
    }
    if (!result) {
        Q_EMIT failed(result.error());
        return;
    }
    result_ = std::move(result).value();
    Q_EMIT finished();
}

} // namespace slip::api
