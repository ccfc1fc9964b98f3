package app.parley.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar parley.jar COMMAND}: the commands other work and checks rely on. */
@Command(name = "parley", mixinStandardHelpOptions = true, version = "Parley 0.1",
        description = "Live call assistant for collections call centers.",
        subcommands = {ServeCommand.class, DemoCommand.class, SimulateCommand.class, AnalyzeCommand.class,
                EvaluateCommand.class, LedgerCommand.class, UsersCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return new CommandLine(new Main())
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                    commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": " + message(e));
                    return 1;
                })
                .execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "name a command: serve, demo, simulate, analyze, evaluate or ledger");
    }

    private static String message(Throwable e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
