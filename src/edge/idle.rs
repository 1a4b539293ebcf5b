//! Work that can wait until the page has painted, each job a task of its own between the
//! browser's tasks: no task on the main thread blocks input for long (a phone at a commune
//! office builds 37 cards and draws their charts without freezing the first screen). A
//! job that changes a signal renders in that same task (Leptos runs effects in the task's
//! microtasks), so one job a task is also one rendering a task.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::time::Duration;

type Job = Box<dyn FnOnce()>;

thread_local! {
    static QUEUE: RefCell<VecDeque<Job>> = const { RefCell::new(VecDeque::new()) };
}

/// Runs `job` later, after the jobs queued before it, in a task of its own.
pub fn later(job: impl FnOnce() + 'static) {
    let first = QUEUE.with(|q| {
        let mut q = q.borrow_mut();
        q.push_back(Box::new(job));
        q.len() == 1
    });
    if first {
        schedule();
    }
}

fn schedule() {
    leptos::prelude::set_timeout(run_one, Duration::ZERO);
}

fn run_one() {
    // Taken out before running: the job may queue another.
    if let Some(job) = QUEUE.with(|q| q.borrow_mut().pop_front()) {
        job();
    }
    if QUEUE.with(|q| !q.borrow().is_empty()) {
        schedule();
    }
}
