package cn.nianbao.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import cn.nianbao.domain.report.WorkStep;
import cn.nianbao.domain.user.Role;

/**
 * The BPMN and the typed route agree: every user task is a work step, offered to the step's role (the reviewing
 * office's steps to the group the route is started with).
 */
class RouteDefinitionTest {

    private static Map<String, String> userTasks() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        try (InputStream in = RouteDefinitionTest.class.getResourceAsStream("/processes/report-approval.bpmn20.xml")) {
            NodeList tasks = f.newDocumentBuilder().parse(in).getElementsByTagNameNS("*", "userTask");
            Map<String, String> out = new HashMap<>();
            for (int i = 0; i < tasks.getLength(); i++) {
                Element t = (Element) tasks.item(i);
                out.put(t.getAttribute("id"), t.getAttributeNS("http://flowable.org/bpmn", "candidateGroups"));
            }
            return out;
        }
    }

    @Test
    void every_work_step_is_a_user_task_offered_to_its_role() throws Exception {
        Map<String, String> tasks = userTasks();
        for (WorkStep step : WorkStep.values()) {
            assertThat(tasks).containsKey(step.taskKey());
            if (step.role() == Role.COUNTY_OFFICE) {
                // 县级审核 and publication go to the reviewing office of the unit's level (county, city or province)
                assertThat(tasks.get(step.taskKey())).isEqualTo("${reviewGroup}");
            } else {
                assertThat(tasks.get(step.taskKey())).startsWith(step.role().name() + ":");
            }
        }
    }

    @Test
    void every_user_task_is_a_work_step() throws Exception {
        assertThat(userTasks().keySet()).allSatisfy(id -> assertThat(WorkStep.ofTaskKey(id)).isNotNull());
        assertThat(userTasks()).hasSize(WorkStep.values().length);
    }

    @Test
    void the_only_timer_is_the_scheduled_publication() throws Exception {
        // reminders and escalations are the deadline sweep's: a timer on each task cost every completion its jobs
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        try (InputStream in = RouteDefinitionTest.class.getResourceAsStream("/processes/report-approval.bpmn20.xml")) {
            org.w3c.dom.Document route = f.newDocumentBuilder().parse(in);
            assertThat(route.getElementsByTagNameNS("*", "boundaryEvent").getLength()).isZero();
            NodeList timers = route.getElementsByTagNameNS("*", "timerEventDefinition");
            assertThat(timers.getLength()).isEqualTo(1);
            assertThat(((Element) timers.item(0).getParentNode()).getAttribute("id"))
                    .isEqualTo(ReportApprovalWorkflow.WAIT_FOR_PUBLICATION);
        }
    }
}
