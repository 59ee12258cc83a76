#pragma once
// RunOnThread: runs a function on another QObject's thread, after everything already queued
// there, and waits for it to finish. The wait is a std::condition_variable rather than a
// BlockingQueuedConnection so ThreadSanitizer sees the hand-off.

#include <QMetaObject>
#include <QObject>

#include <condition_variable>
#include <functional>
#include <mutex>

namespace slip::api {

inline void runOnThreadAndWait(QObject* context, const std::function<void()>& fn)
{
    std::mutex m;
    std::condition_variable cv;
    bool done = false;
    QMetaObject::invokeMethod(context, [&] {
        fn();
        std::lock_guard lock(m);
        done = true;
        cv.notify_one();
    }, Qt::QueuedConnection);
    std::unique_lock lock(m);
    cv.wait(lock, [&] { return done; });
}

} // namespace slip::api
