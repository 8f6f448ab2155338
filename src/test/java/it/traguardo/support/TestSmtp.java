package it.traguardo.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real SMTP server (GreenMail) on a free loopback port, started once for the test run, and the application set up
 * to send through it: the context of {@link TraguardoMailTest}. That context also runs db-scheduler, with the
 * reminder job scheduled on 29 February only so that it never fires by itself during a test, and its clock stands
 * at {@link #TODAY}.
 */
public final class TestSmtp implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  /** 10 July 2024, 9:00 in Rome: the intermediate checkpoint of 2024 passed ten days ago. */
  public static final Instant TODAY = Instant.parse("2024-07-10T07:00:00Z");
  public static final String PUBLIC_URL = "https://traguardo.example.it";

  private static GreenMail server;

  public static synchronized GreenMail server() {
    if (server == null) {
      server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
      server.start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    }
    return server;
  }

  /** The messages received so far for one address. */
  public static List<MimeMessage> to(String address) {
    return Arrays.stream(server().getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
  }

  private static boolean addressedTo(MimeMessage message, String address) {
    try {
      Address[] recipients = message.getAllRecipients();
      return recipients != null && Arrays.stream(recipients).anyMatch(r -> r.toString().equalsIgnoreCase(address));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestPropertyValues.of(
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=" + server().getSmtp().getPort(),
            "traguardo.public-url=" + PUBLIC_URL,
            "traguardo.mail.from=traguardo@prova.example.it",
            "db-scheduler.enabled=true",
            "traguardo.reminders.cron=0 0 4 29 2 *")
        .applyTo(context);
    context.getBeanFactory().registerSingleton("clock", Clock.fixed(TODAY, ZoneId.of("Europe/Rome")));
  }
}
