package org.pilotops.platform.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.pilotops.platform.time.ApplicationClock;
import org.eclipse.microprofile.config.Config;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.DirectSchedulerFactory;
import org.quartz.impl.jdbcjobstore.JobStoreTX;
import org.quartz.impl.jdbcjobstore.StdJDBCDelegate;
import org.quartz.impl.DefaultThreadExecutor;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

/**
 * Quartz inside Payara (STACK-NOTES, "Quartz inside Payara"): the JDBC job store on MariaDB
 * ({@code JobStoreTX}, clustered, triggers acquired under the row lock of {@code QRTZ_LOCKS}, tables from
 * migration V0019) on a non-transactional data source of its own, because Quartz commits its own work;
 * jobs run on the container's managed executor ({@link ManagedThreadPool}) as CDI beans
 * ({@link ContainerJobFactory}); every run is recorded ({@link JobRunListener}).
 *
 * <p>Startup order: this singleton depends on {@code SchemaMigration}, so Quartz starts after the
 * migrations and, being a startup singleton, before the application takes traffic. Every bean that is a
 * {@link Job} annotated {@link JobSchedule} gets its job and its cron trigger (Asia/Shanghai; the
 * expression of {@code pilotops.jobs.<name>.cron} when set, which every node must then share: the job store
 * holds one trigger, and a node starting with another expression reschedules it); a trigger that already
 * exists keeps its state (paused stays paused) and its next fire time, so a fire time missed
 * while every node was down is fired once at start (misfire: fire and proceed) and the job itself catches
 * up what it missed. Several nodes on one database fire each trigger once; a job that a crashed node was
 * running is run again by another (recovery), which is why each side effect has its own unique business
 * key and never relies on Quartz alone.
 *
 * <p>{@code shutdown(false)} on stop: waiting for running jobs hangs Payara on SIGTERM; an interrupted
 * job is re-run by recovery and is idempotent.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
@Lock(LockType.READ)
@DataSourceDefinition(
        name = JobScheduler.DATA_SOURCE,
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=pilotops.db.url:jdbc:mariadb://127.0.0.1:3307/pilotops?createDatabaseIfNotExist=true}",
        user = "${MPCONFIG=pilotops.db.user:root}",
        password = "${MPCONFIG=pilotops.db.password:}",
        transactional = false,
        minPoolSize = 1,
        maxPoolSize = 10,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
                "fish.payara.fail-all-connections=true",
                "fish.payara.validate-atmost-once-period-in-seconds=2"
        })
public class JobScheduler {

    /** The non-transactional data source Quartz commits on by itself. */
    public static final String DATA_SOURCE = "java:app/jdbc/pilotops-scheduler";
    /** The group of every job and trigger of the application. */
    public static final String GROUP = "pilotops";
    static final String SCHEDULER_NAME = "PilotOps";
    private static final String QUARTZ_DATA_SOURCE = "pilotops";
    /** Jobs of this node that run at once; the daily and the per-minute jobs need no more. */
    private static final int WORKERS = 3;

    private static final Logger LOG = Logger.getLogger(JobScheduler.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Resource(lookup = "java:comp/DefaultContextService")
    ContextService contexts;

    @Inject
    BeanManager beans;

    @Inject
    JobRunLog runLog;

    @Inject
    Config config;

    private Scheduler scheduler;
    private String node;
    private final Map<String, ScheduledJob> jobs = new LinkedHashMap<>();

    /**
     * A job of the application: its bean class, its schedule, and the cron expression it runs on — the
     * annotation's, or {@code pilotops.jobs.<name>.cron} when that is set.
     */
    public record ScheduledJob(String name, Class<? extends Job> type, JobSchedule schedule, String cron) {

        public JobKey jobKey() {
            return JobKey.jobKey(name, GROUP);
        }

        public TriggerKey triggerKey() {
            return TriggerKey.triggerKey(name, GROUP);
        }
    }

    @PostConstruct
    void start() {
        node = nodeName();
        try {
            DBConnectionManager.getInstance().addConnectionProvider(QUARTZ_DATA_SOURCE, new ConnectionProvider() {
                @Override
                public Connection getConnection() throws SQLException {
                    return dataSource.getConnection();
                }

                @Override
                public void shutdown() {
                    // the container owns the pool
                }

                @Override
                public void initialize() {
                    // the container owns the pool
                }
            });
            JobStoreTX store = new JobStoreTX();
            store.setDataSource(QUARTZ_DATA_SOURCE);
            store.setTablePrefix("QRTZ_");
            store.setDriverDelegateClass(StdJDBCDelegate.class.getName());
            store.setIsClustered(true);
            store.setAcquireTriggersWithinLock(true);
            store.setClusterCheckinInterval(15_000);
            store.setMisfireThreshold(60_000);
            DirectSchedulerFactory factory = DirectSchedulerFactory.getInstance();
            factory.createScheduler(SCHEDULER_NAME, node, new ManagedThreadPool(executor, contexts, WORKERS),
                    new DefaultThreadExecutor(), store, null, null, 0, -1, -1, false, null);
            scheduler = factory.getScheduler(SCHEDULER_NAME);
            scheduler.setJobFactory(new ContainerJobFactory(beans));
            scheduler.getListenerManager().addJobListener(new JobRunListener(runLog, node));
            for (ScheduledJob job : discover()) {
                keep(job);
                jobs.put(job.name(), job);
            }
            scheduler.start();
            LOG.info(() -> "Quartz started on node " + node + " with jobs " + jobs.keySet());
        } catch (SchedulerException | org.quartz.impl.jdbcjobstore.InvalidConfigurationException e) {
            throw new IllegalStateException("Quartz could not start", e);
        }
    }

    @PreDestroy
    void stop() {
        if (scheduler != null) {
            try {
                scheduler.shutdown(false);
            } catch (SchedulerException e) {
                LOG.warning("Quartz did not shut down cleanly: " + e.getMessage());
            }
        }
    }

    /** Every {@link Job} bean annotated {@link JobSchedule}, named after its class. */
    @SuppressWarnings("unchecked")
    private Iterable<ScheduledJob> discover() {
        Map<String, ScheduledJob> found = new java.util.TreeMap<>();
        for (Bean<?> bean : beans.getBeans(Job.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            JobSchedule schedule = type.getAnnotation(JobSchedule.class);
            if (schedule != null && Job.class.isAssignableFrom(type)) {
                String name = type.getSimpleName();
                found.put(name, new ScheduledJob(name, (Class<? extends Job>) type, schedule, cron(name, schedule)));
            }
        }
        return found.values();
    }

    /**
     * The job's cron expression: {@code pilotops.jobs.<name>.cron} (environment
     * {@code PILOTOPS_JOBS_<NAME>_CRON}) when set, else the annotation's. An operator moves a job to a quiet
     * hour, a test lets the scheduler fire it every few seconds. A malformed one stops the deployment, as
     * a bad setting should, rather than leave the job unscheduled.
     */
    private String cron(String name, JobSchedule schedule) {
        String key = "pilotops.jobs." + name + ".cron";
        String cron = config.getOptionalValue(key, String.class).map(String::strip).filter(c -> !c.isEmpty())
                .orElse(schedule.cron());
        if (!CronExpression.isValidExpression(cron)) {
            throw new IllegalStateException(key + " is not a Quartz cron expression (seconds first): " + cron);
        }
        return cron;
    }

    /** Stores the job and creates its trigger, or keeps the existing trigger unless its schedule changed. */
    private void keep(ScheduledJob job) throws SchedulerException {
        JobDetail detail = JobBuilder.newJob(job.type()).withIdentity(job.jobKey())
                .withDescription(job.schedule().description()).storeDurably().requestRecovery().build();
        scheduler.addJob(detail, true);
        CronTrigger trigger = TriggerBuilder.newTrigger().withIdentity(job.triggerKey()).forJob(job.jobKey())
                .withSchedule(CronScheduleBuilder.cronSchedule(job.cron())
                        .inTimeZone(TimeZone.getTimeZone(ApplicationClock.ZONE))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
        Trigger existing = scheduler.getTrigger(job.triggerKey());
        if (existing == null) {
            try {
                scheduler.scheduleJob(trigger);
            } catch (ObjectAlreadyExistsException anotherNodeWasFaster) {
                // the same trigger, stored by a node starting at the same time
            }
        } else if (!(existing instanceof CronTrigger cron) || !Objects.equals(cron.getCronExpression(), job.cron())
                || !Objects.equals(cron.getTimeZone().getID(), ApplicationClock.ZONE.getId())) {
            scheduler.rescheduleJob(job.triggerKey(), trigger);
        }
    }

    /** The Quartz scheduler of this node (for {@link JobService}). */
    public Scheduler scheduler() {
        return scheduler;
    }

    /** The application's jobs by name, in name order. */
    public Map<String, ScheduledJob> jobs() {
        return Collections.unmodifiableMap(jobs);
    }

    /** This node's name in the cluster and in the job-run history. */
    public String node() {
        return node;
    }

    /**
     * A name for one participant in the cluster — this scheduler, or a mail sender — unique even for two
     * on one host: the host name and a random suffix.
     */
    public static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "node";
        }
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
