package org.returneeregistry.node.sync;

import java.util.List;
import java.util.function.Consumer;
import org.returneeregistry.node.capture.CapturedNotifications.Waiting;

/**
 * How waiting notifications reach the registry. The one implementation sends them one by one to the registry's
 * single-notification API ({@link OneByOneSender}); a sender for the registry's batch intake replaces that one
 * class. Whatever the transport, every answer is handed to {@code answered} as soon as it is known, so the node
 * stores it before the next is sent, and a notification is always sent with its one id and body: a resend after
 * an interruption is a replay the registry answers with the first acknowledgement.
 */
public interface NotificationSender {

    /**
     * Sends {@code waiting} in order.
     *
     * @throws LinkDown when the registry stops answering; the notifications not yet answered keep waiting
     */
    void send(List<Waiting> waiting, Consumer<Delivery> answered) throws LinkDown;
}
