#pragma once
// PendingWork: a count of work started and not yet finished across the terminal's threads
// (requests in flight, records not yet decided, batches not yet stored), so a stepped run can
// tell when everything caused by one instant has settled. Thread-safe; causes must add their
// consequences before they finish themselves, so the count never touches zero early.

#include <atomic>

namespace slip {

class PendingWork
{
public:
    void add(int n = 1) { count_.fetch_add(n, std::memory_order_acq_rel); }
    void done(int n = 1) { count_.fetch_sub(n, std::memory_order_acq_rel); }
    int pending() const { return count_.load(std::memory_order_acquire); }
    bool idle() const { return pending() == 0; }

private:
    std::atomic<int> count_{0};
};

} // namespace slip
