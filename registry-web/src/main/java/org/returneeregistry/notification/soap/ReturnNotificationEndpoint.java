package org.returneeregistry.notification.soap;

import com.sun.xml.ws.developer.SchemaValidation;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceContext;
import java.util.List;
import org.returneeregistry.notification.application.NotificationBatchService;
import org.returneeregistry.notification.application.ReturnNotificationService;
import org.returneeregistry.notification.domain.BatchFormat;
import org.returneeregistry.schemas.notification.v1.Acknowledgement;
import org.returneeregistry.schemas.notification.v1.BatchReceipt;
import org.returneeregistry.schemas.notification.v1.BatchStatus;
import org.returneeregistry.schemas.notification.v1.ReturnNotification;
import org.returneeregistry.schemas.wsdl.v1.RegistryFault;
import org.returneeregistry.schemas.wsdl.v1.ReturnNotificationPort;
import org.returneeregistry.shared.soap.SchemaErrorCollector;
import org.returneeregistry.shared.soap.SoapFaults;

/** SOAP port of the return notification service, published with the contract's own WSDL. */
@WebService(
        serviceName = "ReturnNotificationService",
        portName = "ReturnNotificationPort",
        targetNamespace = "https://schemas.returneeregistry.org/wsdl/v1",
        endpointInterface = "org.returneeregistry.schemas.wsdl.v1.ReturnNotificationPort",
        wsdlLocation = "WEB-INF/wsdl/v1/wsdl/ReturnNotificationService.wsdl")
@SchemaValidation(handler = SchemaErrorCollector.class, inbound = true, outbound = false)
public class ReturnNotificationEndpoint implements ReturnNotificationPort {

    private static final int DEFAULT_PAGE_SIZE = 100;

    @EJB
    private ReturnNotificationService notifications;

    @EJB
    private NotificationBatchService batches;

    @Resource
    private WebServiceContext context;

    @Override
    public Acknowledgement submitReturnNotification(ReturnNotification notification) throws RegistryFault {
        return SoapFaults.call(
                context,
                () -> NotificationXmlMapper.toXml(notifications
                        .submit(NotificationXmlMapper.toCommand(notification))
                        .acknowledgement()));
    }

    @Override
    public Acknowledgement getNotificationStatus(String missionCode, String notificationId) throws RegistryFault {
        return SoapFaults.call(
                context, () -> NotificationXmlMapper.toXml(notifications.status(missionCode, notificationId)));
    }

    @Override
    public BatchReceipt submitReturnNotificationBatch(List<ReturnNotification> notification) throws RegistryFault {
        return SoapFaults.call(
                context,
                () -> BatchXmlMapper.toXml(
                        batches.submit(BatchFormat.SOAP, () -> BatchXmlMapper.entries(notification))));
    }

    @Override
    public BatchStatus getReturnNotificationBatch(String batchId, Integer page, Integer pageSize) throws RegistryFault {
        return SoapFaults.call(
                context,
                () -> BatchXmlMapper.toXml(batches.status(
                        batchId, page == null ? 1 : page, pageSize == null ? DEFAULT_PAGE_SIZE : pageSize)));
    }
}
