import { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';

type Task = () => void;

/**
 * Runs work once the transaction of a manager has committed (and drops it on rollback): the
 * e-mails and live events of a notification go out only when the change that caused it exists.
 * Registered once per DataSource as a TypeORM subscriber.
 */
export class AfterCommit implements EntitySubscriberInterface {
  private readonly waiting = new WeakMap<QueryRunner, Task[]>();

  static register(db: DataSource): AfterCommit {
    const existing = db.subscribers.find((subscriber): subscriber is AfterCommit => subscriber instanceof AfterCommit);
    if (existing) return existing;
    const created = new AfterCommit();
    db.subscribers.push(created);
    return created;
  }

  /** Runs `task` after the manager's transaction commits, or now when it is not in one. */
  run(manager: EntityManager, task: Task): void {
    const runner = manager.queryRunner;
    if (!runner || !runner.isTransactionActive) {
      task();
      return;
    }
    const tasks = this.waiting.get(runner) ?? [];
    tasks.push(task);
    this.waiting.set(runner, tasks);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    // A released savepoint is not the end: wait for the outermost COMMIT.
    if (event.queryRunner.isTransactionActive) return;
    const tasks = this.waiting.get(event.queryRunner);
    this.waiting.delete(event.queryRunner);
    for (const task of tasks ?? []) task();
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) this.waiting.delete(event.queryRunner);
  }
}
