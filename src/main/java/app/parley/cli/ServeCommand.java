package app.parley.cli;

import app.parley.ParleyService;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the service: AudioSocket server, live transcription, agent screen and API.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Override
    public Integer call() throws Exception {
        ParleyService service = ParleyService.start(options.load());
        // On the console, never in the log: the one who installs Parley signs in with it once.
        app.parley.access.FirstAdmin.ensure(service.accounts(), service.audit(), System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            stopped.countDown();
        }, "parley-shutdown"));
        stopped.await();
        return 0;
    }
}
