package io.volunteerrules.drools;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rule sessions kept for reuse: a request pays for inserting its facts and firing, not for building
 * a session's node memories. A session that served a request normally is reset (its facts, agenda
 * and listeners cleared, as Drools' own session pool does) and kept; a session whose evaluation
 * failed or was stopped by a bound is disposed of for good, so nothing a runaway rule set built up
 * (a halted agenda, node memories grown to millions of facts) is ever handed to another request.
 *
 * <p>Drools' {@code KieSessionsPool} cannot do the second: disposing a pooled session always hands it
 * back. The pools of one engine's rule bases share one budget of kept sessions, so however many rule
 * bases the requests lead to, no more sessions are kept than one pool would keep. Thread-safe; a
 * session is used by one evaluation at a time.
 */
final class SessionPool {

    private static final Logger LOG = LoggerFactory.getLogger(SessionPool.class);

    private final KieBase kieBase;
    private final int maxIdle;
    private final ConcurrentLinkedDeque<KieSession> idle = new ConcurrentLinkedDeque<>();
    /** The kept sessions of every pool sharing the budget of {@code maxIdle}. */
    private final AtomicInteger sharedIdle;

    /** A pool keeping sessions while all pools of {@code sharedIdle} keep fewer than {@code maxIdle}. */
    SessionPool(KieBase kieBase, int maxIdle, AtomicInteger sharedIdle) {
        this.kieBase = kieBase;
        this.maxIdle = maxIdle;
        this.sharedIdle = sharedIdle;
    }

    /** A clean session: a kept one if there is one, else a new one. */
    KieSession take() {
        KieSession s = idle.pollFirst();
        if (s != null) {
            sharedIdle.decrementAndGet();
            return s;
        }
        return kieBase.newKieSession();
    }

    /** Takes back a session whose evaluation ended normally: reset and kept, or disposed of if enough are kept. */
    void giveBack(KieSession session) {
        if (sharedIdle.incrementAndGet() > maxIdle) {
            sharedIdle.decrementAndGet();
            session.dispose();
            return;
        }
        try {
            // KieSession has no public reset; this is the one Drools' own pool calls
            ((StatefulKnowledgeSessionImpl) session).reset();
        } catch (RuntimeException e) {
            sharedIdle.decrementAndGet();
            session.dispose();
            throw e;
        }
        idle.offerFirst(session);
    }

    /**
     * Disposes of a session that must not serve again (its evaluation failed or was stopped). Never
     * throws: the evaluation's own error is what the caller needs to see.
     */
    void discard(KieSession session) {
        try {
            session.dispose();
        } catch (RuntimeException e) {
            LOG.warn("a rule session stopped by an error could not be disposed of cleanly", e);
        }
    }
}
