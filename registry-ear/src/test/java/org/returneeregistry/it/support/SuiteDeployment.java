package org.returneeregistry.it.support;

import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;

/**
 * One deployment of the EAR for the whole test run. Arquillian deploys a class's {@code @Deployment} before
 * the class and undeploys it after; for the classes that extend {@link DeployedRegistry} this extension
 * generates the deployment once (for the first of them), deploys it once, hands the same deployment to every
 * later class, and undeploys it when the suite ends. Any other class keeps Arquillian's per-class deployment.
 *
 * <p>The deployment outlives restarts of the domain (a deployed application is started again with its
 * domain), so tests that restart or kill the server need no fresh deployment. Registered in
 * {@code META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension}.
 */
public final class SuiteDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Deployer.class);
    }

    /** The observer that shares the deployment; Arquillian keeps one instance per test run. */
    public static final class Deployer {

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> classScenario;

        @Inject
        private Instance<ClassContext> classContext;

        @Inject
        private Event<UnDeployManagedDeployments> undeploy;

        /** The registry's deployment, generated for the first class that extends DeployedRegistry. */
        private DeploymentScenario suiteScenario;

        /** Whether the class now running shares the suite's deployment. */
        private boolean sharing;

        /** Whether the suite is ending, the one time the shared deployment is undeployed. */
        private boolean ending;

        public void generateOnce(@Observes EventContext<GenerateDeployment> event) {
            sharing = DeployedRegistry.class.isAssignableFrom(
                    event.getEvent().getTestClass().getJavaClass());
            if (!sharing) {
                event.proceed();
            } else if (suiteScenario == null) {
                event.proceed();
                suiteScenario = classScenario.get();
            } else {
                classScenario.set(suiteScenario);
            }
        }

        public void deployOnce(@Observes EventContext<DeployManagedDeployments> event) {
            if (!sharing
                    || !suiteScenario.managedDeploymentsInDeployOrder().stream().allMatch(Deployment::isDeployed)) {
                event.proceed();
            }
        }

        public void undeployAtTheEnd(@Observes EventContext<UnDeployManagedDeployments> event) {
            if (!sharing || ending) {
                event.proceed();
            }
        }

        /** Before Arquillian stops its containers: the shared deployment is undeployed, in a class context of its own. */
        public void undeploy(@Observes(precedence = 100) AfterSuite event) {
            if (suiteScenario == null) {
                return;
            }
            System.out.println("IT: undeploying the registry at the end of the test run");
            ending = true;
            sharing = true;
            ClassContext context = classContext.get();
            context.activate(SuiteDeployment.class);
            try {
                classScenario.set(suiteScenario);
                undeploy.fire(new UnDeployManagedDeployments());
            } finally {
                context.deactivate();
                context.destroy(SuiteDeployment.class);
                suiteScenario = null;
            }
        }
    }
}
