using Azure.Data.Tables;
using OrleansExperiments.Storage.Entities;
using OrleansExperiments.Storage.Records;

namespace OrleansExperiments.Storage;

/// <summary>
/// The result tables of the grid in Azure Table storage. Every write is an upsert under a key derived from the
/// record's identity (see <see cref="Keys.TableKey"/>), so a retried write replaces what it wrote before and never
/// duplicates it. Records replace their row; metric points merge into the row that holds their step.
/// </summary>
public sealed class ResultStore
{
    /// <summary>Azure's limit on the entities of one transaction (all in one partition).</summary>
    public const int MaxEntitiesPerTransaction = 100;

    private readonly TableServiceClient _service;
    private readonly TableClient _experiments;
    private readonly TableClient _runs;
    private readonly TableClient _metricPoints;
    private readonly TableClient _baselines;
    private readonly TableClient _fingerprints;

    /// <summary>A store on the account of <paramref name="connectionString"/>.</summary>
    public ResultStore(string connectionString, ResultTableNames? tableNames = null)
        : this(new TableServiceClient(connectionString), tableNames)
    {
    }

    /// <summary>A store on the account of <paramref name="service"/>.</summary>
    public ResultStore(TableServiceClient service, ResultTableNames? tableNames = null)
    {
        _service = service;
        TableNames = tableNames ?? ResultTableNames.WithPrefix();
        _experiments = service.GetTableClient(TableNames.Experiments);
        _runs = service.GetTableClient(TableNames.Runs);
        _metricPoints = service.GetTableClient(TableNames.MetricPoints);
        _baselines = service.GetTableClient(TableNames.Baselines);
        _fingerprints = service.GetTableClient(TableNames.Fingerprints);
    }

    /// <summary>The names of the tables this store uses.</summary>
    public ResultTableNames TableNames { get; }

    /// <summary>Creates the tables that do not exist yet.</summary>
    public async Task EnsureTablesAsync(CancellationToken cancellationToken = default)
    {
        foreach (var table in TableNames.All)
        {
            await _service.CreateTableIfNotExistsAsync(table, cancellationToken);
        }
    }

    /// <summary>Writes the experiment, replacing the stored one with the same id.</summary>
    public Task UpsertExperimentAsync(ExperimentRecord experiment, CancellationToken cancellationToken = default) =>
        _experiments.UpsertEntityAsync(ExperimentEntity.From(experiment), TableUpdateMode.Replace, cancellationToken);

    /// <summary>The experiment with this id, or null.</summary>
    public Task<ExperimentRecord?> GetExperimentAsync(string experimentId, CancellationToken cancellationToken = default) =>
        GetAsync(_experiments, ExperimentEntity.Partition, ExperimentEntity.RowKey(experimentId), ExperimentEntity.ToRecord, cancellationToken);

    /// <summary>All experiments, newest first.</summary>
    public async Task<IReadOnlyList<ExperimentRecord>> ListExperimentsAsync(CancellationToken cancellationToken = default)
    {
        var experiments = await ListPartitionAsync(_experiments, ExperimentEntity.Partition, ExperimentEntity.ToRecord, cancellationToken);
        return experiments
            .OrderByDescending(experiment => experiment.CreatedAt)
            .ThenBy(experiment => experiment.ExperimentId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Writes the run, replacing the stored one with the same <see cref="RunRecord.Key"/>.</summary>
    public Task UpsertRunAsync(RunRecord run, CancellationToken cancellationToken = default) =>
        _runs.UpsertEntityAsync(RunEntity.From(run), TableUpdateMode.Replace, cancellationToken);

    /// <summary>The run with this key, or null.</summary>
    public Task<RunRecord?> GetRunAsync(RunKey key, CancellationToken cancellationToken = default) =>
        GetAsync(_runs, RunEntity.PartitionKey(key.ExperimentId), RunEntity.RowKey(key), RunEntity.ToRecord, cancellationToken);

    /// <summary>The runs of an experiment, ordered by arm, mode, profile and seed.</summary>
    public Task<IReadOnlyList<RunRecord>> ListRunsAsync(string experimentId, CancellationToken cancellationToken = default) =>
        ListPartitionAsync(_runs, RunEntity.PartitionKey(experimentId), RunEntity.ToRecord, cancellationToken);

    /// <summary>
    /// Writes points of a run's metric curves. Consecutive steps of a metric share a row (see
    /// <see cref="MetricPointEntity.StepsPerRow"/>), written in transactions of up to
    /// <see cref="MaxEntitiesPerTransaction"/> rows. A point replaces the stored point with the same name and step, so
    /// appending the same points again (a retry) changes nothing; within one call the last of equal points wins.
    /// </summary>
    public async Task AppendMetricPointsAsync(string runId, IEnumerable<MetricPoint> points, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(points);
        var rows = MetricPointEntity.Rows(MetricPointEntity.PartitionKey(runId), points);
        foreach (var transaction in rows.Chunk(MaxEntitiesPerTransaction))
        {
            // Merge, not replace: a row may already hold other steps of the same metric.
            var actions = transaction.Select(row => new TableTransactionAction(TableTransactionActionType.UpsertMerge, row));
            await _metricPoints.SubmitTransactionAsync(actions, cancellationToken);
        }
    }

    /// <summary>All points of a run's metric curves, grouped by metric name (in key order), then ordered by step.</summary>
    public async Task<IReadOnlyList<MetricPoint>> ListMetricPointsAsync(string runId, CancellationToken cancellationToken = default)
    {
        var rows = await ListPartitionAsync(_metricPoints, MetricPointEntity.PartitionKey(runId), MetricPointEntity.ToPoints, cancellationToken);
        return rows.SelectMany(points => points).ToList();
    }

    /// <summary>Writes the baseline, replacing the stored one with the same <see cref="BaselineRecord.Key"/>.</summary>
    public Task UpsertBaselineAsync(BaselineRecord baseline, CancellationToken cancellationToken = default) =>
        _baselines.UpsertEntityAsync(BaselineEntity.From(baseline), TableUpdateMode.Replace, cancellationToken);

    /// <summary>The baseline with this key, or null.</summary>
    public Task<BaselineRecord?> GetBaselineAsync(BaselineKey key, CancellationToken cancellationToken = default) =>
        GetAsync(_baselines, BaselineEntity.PartitionKey(key.Repository), BaselineEntity.RowKey(key), BaselineEntity.ToRecord, cancellationToken);

    /// <summary>The baselines of a repository, ordered by branch, mode and profile.</summary>
    public Task<IReadOnlyList<BaselineRecord>> ListBaselinesAsync(string repository, CancellationToken cancellationToken = default) =>
        ListPartitionAsync(_baselines, BaselineEntity.PartitionKey(repository), BaselineEntity.ToRecord, cancellationToken);

    /// <summary>The baselines of all repositories.</summary>
    public Task<IReadOnlyList<BaselineRecord>> ListBaselinesAsync(CancellationToken cancellationToken = default) =>
        ListAsync(_baselines, filter: null, BaselineEntity.ToRecord, cancellationToken);

    /// <summary>Writes the fingerprint, replacing the stored one with the same id.</summary>
    public Task UpsertFingerprintAsync(FingerprintRecord fingerprint, CancellationToken cancellationToken = default) =>
        _fingerprints.UpsertEntityAsync(FingerprintEntity.From(fingerprint), TableUpdateMode.Replace, cancellationToken);

    /// <summary>The fingerprint with this id, or null.</summary>
    public Task<FingerprintRecord?> GetFingerprintAsync(string fingerprintId, CancellationToken cancellationToken = default) =>
        GetAsync(_fingerprints, FingerprintEntity.Partition, FingerprintEntity.RowKey(fingerprintId), FingerprintEntity.ToRecord, cancellationToken);

    /// <summary>All fingerprints, ordered by id.</summary>
    public Task<IReadOnlyList<FingerprintRecord>> ListFingerprintsAsync(CancellationToken cancellationToken = default) =>
        ListPartitionAsync(_fingerprints, FingerprintEntity.Partition, FingerprintEntity.ToRecord, cancellationToken);

    private static async Task<T?> GetAsync<T>(
        TableClient table, string partitionKey, string rowKey, Func<TableEntity, T> toRecord, CancellationToken cancellationToken)
        where T : class
    {
        var entity = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: cancellationToken);
        return entity.HasValue ? toRecord(entity.Value!) : null;
    }

    private static Task<IReadOnlyList<T>> ListPartitionAsync<T>(
        TableClient table, string partitionKey, Func<TableEntity, T> toRecord, CancellationToken cancellationToken) =>
        ListAsync(table, TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}"), toRecord, cancellationToken);

    private static async Task<IReadOnlyList<T>> ListAsync<T>(
        TableClient table, string? filter, Func<TableEntity, T> toRecord, CancellationToken cancellationToken)
    {
        var records = new List<T>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            records.Add(toRecord(entity));
        }

        return records;
    }
}
