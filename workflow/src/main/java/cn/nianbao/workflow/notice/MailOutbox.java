package cn.nianbao.workflow.notice;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * E-mail copies of notifications. They leave only after the transition commits (a rolled-back decision
 * sends nothing), and a mail server that is down never undoes a decision: the in-app notice stands.
 */
@Component
class MailOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(MailOutbox.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    /**
     * The mail sender, looked up at the first notice: asking the bean factory for it scanned its annotations on
     * every notice of every move (bench/approval.sh). Null until then; empty when the application has none.
     */
    private volatile Optional<JavaMailSender> resolved;

    MailOutbox(ObjectProvider<JavaMailSender> sender, @Value("${nianbao.mail.from:nianbao@localhost}") String from) {
        this.sender = sender;
        this.from = from;
    }

    private JavaMailSender mailSender() {
        Optional<JavaMailSender> known = resolved;
        if (known == null) {
            known = java.util.Optional.ofNullable(sender.getIfAvailable());
            resolved = known;
        }
        return known.orElse(null);
    }

    void sendAfterCommit(List<String> to, String subject, String body) {
        List<String> addresses = to.stream().filter(a -> a != null && a.contains("@")).distinct().toList();
        JavaMailSender mail = mailSender();
        if (addresses.isEmpty() || mail == null || mail instanceof JavaMailSenderImpl impl
                && (impl.getHost() == null || impl.getHost().isBlank())) {
            return;
        }
        Runnable send = () -> {
            try {
                SimpleMailMessage m = new SimpleMailMessage();
                m.setFrom(from);
                m.setTo(addresses.toArray(String[]::new));
                m.setSubject(subject);
                m.setText(body);
                mail.send(m);
            } catch (MailException e) {
                LOG.warn("mail not sent (the in-app notification is kept): {}", e.getMessage());
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }
}
