#pragma once
// WhatIfJob: runs a WhatIfReplay comparison on a worker thread for the GUI. Progress and the
// outcome arrive as signals on the thread that owns the job; cancel() is safe at any time and
// the destructor cancels and waits.

#include "api/WhatIfReplay.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <thread>

namespace slip::api {

class WhatIfJob : public QObject
{
    Q_OBJECT
public:
    explicit WhatIfJob(QObject* parent = nullptr);
    ~WhatIfJob() override;

    /// Starts comparing current with candidate over the window of the capture files; false
    /// when a run is already under way.
    bool start(const QStringList& files, const EngineConfig& current, const EngineConfig& candidate,
               std::int64_t windowMs = WhatIfReplay::kWindowMs);
    /// Asks the running comparison to stop; cancelled() follows.
    void cancel();
    bool isRunning() const { return running_; }
    /// The last finished comparison.
    const WhatIfResult& result() const { return result_; }

Q_SIGNALS:
    /// Progress in permille of the whole job.
    void progressChanged(int permille);
    /// The comparison finished; result() holds it.
    void finished();
    /// The comparison could not run (capture unreadable); the message is for the operator.
    void failed(const QString& message);
    /// The comparison stopped at cancel().
    void cancelled();

private:
    void done(Result<WhatIfResult> result, bool wasCancelled);

    std::thread thread_;
    std::shared_ptr<std::atomic_bool> cancel_;
    std::shared_ptr<std::atomic_int> lastProgress_;
    bool running_ = false;
    WhatIfResult result_;
};

} // namespace slip::api
