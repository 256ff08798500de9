package org.returneeregistry.notification.soap;

import java.util.ArrayList;
import java.util.List;
import org.returneeregistry.notification.application.BatchEntry;
import org.returneeregistry.notification.application.BatchItemView;
import org.returneeregistry.notification.application.BatchReceipt;
import org.returneeregistry.notification.application.BatchView;
import org.returneeregistry.schemas.notification.v1.BatchItem;
import org.returneeregistry.schemas.notification.v1.BatchStatus;
import org.returneeregistry.schemas.notification.v1.BatchViolation;
import org.returneeregistry.schemas.notification.v1.ReturnNotification;

/** A batch between the contract's XML and the notification context: entries in, receipt and status out. */
final class BatchXmlMapper {

    private BatchXmlMapper() {}

    /** The notifications of a SOAP batch, each on its row (its position, from 1). */
    static List<BatchEntry> entries(List<ReturnNotification> notifications) {
        List<BatchEntry> entries = new ArrayList<>(notifications.size());
        for (int i = 0; i < notifications.size(); i++) {
            entries.add(BatchEntry.of(i + 1, NotificationXmlMapper.toCommand(notifications.get(i))));
        }
        return entries;
    }

    static org.returneeregistry.schemas.notification.v1.BatchReceipt toXml(BatchReceipt receipt) {
        var xml = new org.returneeregistry.schemas.notification.v1.BatchReceipt();
        xml.setBatchId(receipt.batchId());
        xml.setMissionCode(receipt.missionCode());
        xml.setItemCount(receipt.itemCount());
        xml.setState(receipt.state());
        xml.setCreatedAt(receipt.createdAt());
        return xml;
    }

    static BatchStatus toXml(BatchView view) {
        BatchStatus xml = new BatchStatus();
        xml.setBatchId(view.batchId());
        xml.setMissionCode(view.missionCode());
        xml.setFormat(view.format());
        xml.setState(view.state());
        xml.setItemCount(view.itemCount());
        xml.setDone(view.done());
        xml.setAccepted(view.accepted());
        xml.setReplayed(view.replayed());
        xml.setRefused(view.refused());
        xml.setCreatedAt(view.createdAt());
        xml.setFinishedAt(view.finishedAt());
        xml.setPage(view.page());
        xml.setPageSize(view.pageSize());
        for (BatchItemView item : view.items()) {
            xml.getItem().add(toXml(item));
        }
        return xml;
    }

    private static BatchItem toXml(BatchItemView item) {
        BatchItem xml = new BatchItem();
        xml.setRow(item.row());
        xml.setNotificationId(item.notificationId());
        xml.setOutcome(item.outcome());
        xml.setRegistryNumber(item.registryNumber());
        xml.setStatus(item.notificationStatus());
        xml.setMatch(item.match());
        xml.setRefusalCode(item.refusalCode());
        xml.setRefusalMessage(item.refusalMessage());
        item.violations().forEach(v -> {
            BatchViolation violation = new BatchViolation();
            violation.setField(v.field());
            violation.setRule(v.rule());
            violation.setMessage(v.message());
            xml.getViolation().add(violation);
        });
        return xml;
    }
}
