package cn.nianbao.app.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

import cn.nianbao.app.security.CurrentActor;
import cn.nianbao.app.security.RefusalAudit;
import cn.nianbao.domain.audit.AuditOutcome;
import cn.nianbao.domain.audit.AuditSource;
import cn.nianbao.domain.audit.SecurityAuditLog;
import cn.nianbao.domain.user.Actor;

/**
 * A view the user's roles do not allow: said in Chinese, with the way back, instead of Vaadin's English page. The
 * refusal goes into the security audit like every other.
 */
@AnonymousAllowed
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    private final SecurityAuditLog audit;
    private final CurrentActor current;

    public AccessDeniedView(SecurityAuditLog audit, CurrentActor current) {
        this.audit = audit;
        this.current = current;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        String who = current.find().map(Actor::username).orElse("-");
        audit.recordRegardless(who, RefusalAudit.ACCESS_DENIED, "view:/" + event.getLocation().getPath(), AuditSource.current(),
                AuditOutcome.FAILURE);
        removeAll();
        H2 title = new H2(getTranslation("error.denied"));
        title.setId("access-denied");
        add(title, new Anchor("", getTranslation("nav.inbox")));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
