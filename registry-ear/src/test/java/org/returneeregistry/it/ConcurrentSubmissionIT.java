package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.returneeregistry.it.support.RegistryApi.NOTIFICATIONS;
import static org.returneeregistry.it.support.RegistryApi.findByPassport;
import static org.returneeregistry.it.support.RegistryApi.postJson;
import static org.returneeregistry.it.support.RegistryApi.returnee;
import static org.returneeregistry.it.support.Samples.COUNTRY;
import static org.returneeregistry.it.support.Samples.notification;
import static org.returneeregistry.it.support.Samples.notificationId;
import static org.returneeregistry.it.support.Samples.passportNumber;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.RegistryApi.Answer;

/** Notifications racing in at the same moment: a mission system's parallel retries, two notices of one person. */
class ConcurrentSubmissionIT extends DeployedRegistry {

    private static final int COPIES = 8;

    @Test
    void parallelIdenticalSubmissionsCreateOnceAndReplayTheRest() throws Exception {
        String passport = passportNumber();
        JsonObject notification = notification(notificationId(), passport);

        List<Answer> answers = inParallel(Collections.nCopies(COPIES, notification));

        Map<Integer, Long> statuses =
                answers.stream().collect(Collectors.groupingBy(Answer::status, Collectors.counting()));
        assertEquals(Map.of(201, 1L, 200, (long) COPIES - 1), statuses, answers::toString);
        List<JsonObject> acks = answers.stream().map(Answer::json).toList();
        assertEquals(1, acks.stream().distinct().count(), () -> "every copy gets the same acknowledgement: " + acks);
        String registryNumber = acks.get(0).getString("registryNumber");
        assertEquals(1, returnee(registryNumber).getJsonArray("returnEvents").size());
        assertEquals(1, findByPassport(passport, COUNTRY).size());
    }

    @Test
    void parallelNotificationsForOneNewPersonMakeOneReturnee() throws Exception {
        String passport = passportNumber();
        List<JsonObject> notifications = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            notifications.add(notification(notificationId(), passport));
        }

        List<Answer> answers = inParallel(notifications);

        assertEquals(
                Collections.nCopies(notifications.size(), 201),
                answers.stream().map(Answer::status).toList(),
                answers::toString);
        Set<String> registryNumbers =
                answers.stream().map(a -> a.json().getString("registryNumber")).collect(Collectors.toSet());
        assertEquals(1, registryNumbers.size(), answers::toString);
        assertEquals(
                1,
                answers.stream()
                        .filter(a -> a.json().getString("match").equals("CREATED_NEW"))
                        .count(),
                answers::toString);
        assertEquals(
                notifications.size(),
                returnee(registryNumbers.iterator().next())
                        .getJsonArray("returnEvents")
                        .size());
        assertEquals(1, findByPassport(passport, COUNTRY).size());
    }

    /** POSTs every body at the same moment, one thread each; answers in the same order. */
    private static List<Answer> inParallel(List<JsonObject> bodies) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(bodies.size());
        try {
            List<Future<Answer>> sent = new ArrayList<>();
            for (JsonObject body : bodies) {
                sent.add(pool.submit(() -> {
                    start.await();
                    return postJson(NOTIFICATIONS, body);
                }));
            }
            start.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> answer : sent) {
                answers.add(answer.get(2, TimeUnit.MINUTES));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
