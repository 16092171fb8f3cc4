namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>The envelope of a quote service answer: <c>ret</c> (200 is success), <c>msg</c>, <c>cmd_id</c>, <c>seq_id</c>, <c>ext</c> (the trace).</summary>
internal readonly record struct QuoteReply(int Ret, string? Msg, int CmdId, long SeqId, string? Ext)
{
    public const int Ok = 200;

    public bool Succeeded => Ret == Ok;
}
