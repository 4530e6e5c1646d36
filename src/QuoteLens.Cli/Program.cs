using QuoteLens.Cli;

return await QuoteLensApp.RunAsync(args).ConfigureAwait(false);
