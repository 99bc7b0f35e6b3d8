using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ComplaintGrid.Api.OpenApi;

/// <summary>
/// Says what each error response of an operation means (<see cref="ProblemResponses.Describe"/>), and that 429 and
/// 503 carry <c>Retry-After</c>.
/// </summary>
internal sealed class ProblemResponseTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var (key, value) in operation.Responses ?? [])
        {
            if (!int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var status) || status < 400 || value is not OpenApiResponse response)
                continue;
            response.Description = ProblemResponses.Describe(status);
            if (status is StatusCodes.Status429TooManyRequests or StatusCodes.Status503ServiceUnavailable)
            {
                response.Headers ??= new Dictionary<string, IOpenApiHeader>();
                response.Headers["Retry-After"] = new OpenApiHeader
                {
                    Description = "Seconds to wait before retrying.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1" },
                };
            }
        }
        return Task.CompletedTask;
    }
}
