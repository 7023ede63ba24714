package org.pilotops.reminder.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.pilotops.account.boundary.AccountDirectory;
import org.pilotops.platform.problem.NotFoundException;
import org.pilotops.platform.security.Actor;
import org.pilotops.reminder.entity.Notification;

/**
 * Each user's in-app notifications: only their own, ever. Another user's notification is "not found",
 * like anything else outside one's scope.
 */
@ApplicationScoped
@Transactional
public class NotificationService {

    /** The most a list answers: the newest ones. */
    public static final int LIMIT = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountDirectory accounts;

    /** The user's notifications, newest first, all or only the unread ones. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NotificationDto> list(Actor actor, boolean unreadOnly) {
        long account = accountId(actor);
        String jpql = "select n from Notification n where n.accountId = :account"
                + (unreadOnly ? " and n.readAt is null" : "") + " order by n.id desc";
        return em.createQuery(jpql, Notification.class).setParameter("account", account).setMaxResults(LIMIT)
                .getResultStream().map(NotificationDto::of).toList();
    }

    /** How many of the user's notifications are unread (the bell's number). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long unreadCount(Actor actor) {
        return em.createQuery("select count(n) from Notification n where n.accountId = :account and n.readAt is null",
                Long.class).setParameter("account", accountId(actor)).getSingleResult();
    }

    /** Marks one of the user's notifications read; 404 for anyone else's. */
    public NotificationDto markRead(Actor actor, long id) {
        Notification notification = em.find(Notification.class, id);
        if (notification == null || notification.getAccountId() != accountId(actor)) {
            throw new NotFoundException();
        }
        notification.markRead(Instant.now());
        return NotificationDto.of(notification);
    }

    /** Marks every unread notification of the user read; answers how many. */
    public int markAllRead(Actor actor) {
        return em.createQuery("update Notification n set n.readAt = :now where n.accountId = :account and n.readAt is null")
                .setParameter("now", Instant.now()).setParameter("account", accountId(actor)).executeUpdate();
    }

    private long accountId(Actor actor) {
        return accounts.account(actor.username()).orElseThrow(NotFoundException::new).id();
    }
}
